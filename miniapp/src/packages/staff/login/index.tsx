import { DeskLogin } from '../../../components/DeskLogin';
import { replacePage } from '../../../lib/routes';
import { staffLogin } from '../api/auth';
import { INITIAL_COUNTER, keepCounterDraft } from '../lib/counter';
import { counterAccount, saveStaffSession } from '../lib/staff-session';
import { STAFF_PAGES } from '../routes';
import '../components/staff.scss';
import './index.scss';

/** 员工登录: the tablet's own sign-in (username and password), separate from the member's. */
export default function StaffLoginPage() {
  return (
    <DeskLogin
      brand='栖行 · 门店收银台'
      hint='门店员工请使用工号登录'
      usernamePlaceholder='用户名，如 staff.ja1'
      testIdPrefix='staff'
      login={staffLogin}
      accept={(answer) => {
        const account = counterAccount(answer);
        if (!account.ok) return account.reason;
        saveStaffSession(answer);
        // Whoever signs in starts at an empty counter, not with the last shift's customer.
        keepCounterDraft(INITIAL_COUNTER);
        replacePage(STAFF_PAGES.counter);
        return null;
      }}
    />
  );
}
