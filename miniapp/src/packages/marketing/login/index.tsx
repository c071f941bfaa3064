import { DeskLogin } from '../../../components/DeskLogin';
import { replacePage } from '../../../lib/routes';
import { marketerLogin } from '../api/auth';
import { saveMarketerSession } from '../lib/marketer-session';
import { MARKETING_PAGES } from '../routes';
import '../components/marketing.scss';

/** 营销后台登录: marketers and admins sign in with their account, apart from shoppers and store staff. */
export default function MarketingLoginPage() {
  return (
    <DeskLogin
      brand='栖行 · 营销后台'
      hint='拼团活动与优惠券，请使用营销账号登录'
      usernamePlaceholder='用户名，如 marketer'
      testIdPrefix='marketing'
      login={marketerLogin}
      accept={(answer) => {
        const saved = saveMarketerSession(answer);
        if (!saved.ok) return saved.reason;
        replacePage(MARKETING_PAGES.campaigns);
        return null;
      }}
    />
  );
}
