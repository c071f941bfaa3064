import { staffPasswordProblem, type StaffMemberView } from '@shop/shared';
import { Input, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { EmptyState, Price, Skeleton, SubmitButton } from '../../../components';
import { useAsyncData } from '../../../hooks/useAsyncData';
import { useCursorList } from '../../../hooks/useCursorList';
import { toastSuccess } from '../../../lib/toast';
import { useListPage } from '../../../hooks/useListPage';
import { createStaff, fetchTeam, fetchTeamCommission, updateStaff } from '../api/team';
import { FigureRow } from '../components/FigureRow';
import { ListCard } from '../../../components/ListCard';
import { PanelFailed } from '../../../components/PanelFailed';
import { ProductSearch } from '../components/ProductSearch';
import { staffPage, type DeskProps } from '../components/staffPage';
import { chinaMonthOf, commissionFigures, shiftMonth } from '../lib/figures';
import { isStoreManager } from '../lib/staff-session';
import { EMPTY_NEW_STAFF, manageable, newStaffBody, newStaffProblem, TEAM_ROLE_LABELS, teamErrorText, type NewStaffForm } from '../lib/team';
import { SampleSkus } from './SampleSkus';
import './index.scss';

const memberKey = (member: StaffMemberView) => member.id;

function ResetPassword({ member, onDone }: { member: StaffMemberView; onDone: (updated: StaffMemberView) => void }) {
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = async () => {
    const problem = staffPasswordProblem(password);
    if (problem) return setError(problem);
    try {
      onDone(await updateStaff(member.id, { password }, true));
      toastSuccess('密码已重置');
    } catch (failure) {
      setError(teamErrorText(failure));
    }
  };
  return (
    <View className='staff-team__reset'>
      <View className='staff-row'>
        <Input className='staff-input staff-grow' password placeholder='新密码：至少 8 位，含字母和数字' value={password} onInput={(e) => setPassword(e.detail.value)} data-testid='team-reset-password' />
        <SubmitButton onSubmit={submit} busyText='重置中' testId='team-reset-submit'>
          确认重置
        </SubmitButton>
      </View>
      {error ? (
        <Text className='staff-error' data-testid='team-reset-error'>
          {error}
        </Text>
      ) : null}
      <Text className='staff-muted'>重置后该账号在所有设备上立即退出，需用新密码登录。</Text>
    </View>
  );
}

function TeamRow({ member, selfId, onChanged }: { member: StaffMemberView; selfId: number; onChanged: (updated: StaffMemberView) => void }) {
  const [resetting, setResetting] = useState(false);
  const canManage = manageable(member, selfId);
  const toggleActive = async () => {
    if (member.isActive) {
      const { confirm } = await Taro.showModal({ title: '停用账号', content: `停用「${member.displayName}」后，该账号立即退出登录且不能再登录，确定停用吗？`, confirmText: '停用' });
      if (!confirm) return;
    }
    const updated = await updateStaff(member.id, { isActive: !member.isActive });
    onChanged(updated);
    toastSuccess(updated.isActive ? '已启用' : '已停用');
  };
  return (
    <View className={`staff-list-row staff-team__row${member.isActive ? '' : ' staff-team__row--off'}`} data-testid='team-member'>
      <View className='staff-grow'>
        <Text className='staff-team__name' data-testid='team-member-name'>
          {member.displayName}
          {member.id === selfId ? '（我）' : ''}
        </Text>
        <Text className='staff-muted'>
          {member.username} · {TEAM_ROLE_LABELS[member.role]}
        </Text>
      </View>
      <Text className={`staff-team__status${member.isActive ? '' : ' staff-team__status--off'}`} data-testid='team-member-status'>
        {member.isActive ? '在职' : '已停用'}
      </Text>
      {canManage ? (
        <View className='staff-row'>
          <Text className='staff-link' onClick={() => setResetting(!resetting)} data-testid='team-member-reset'>
            {resetting ? '取消' : '重置密码'}
          </Text>
          <SubmitButton variant={member.isActive ? 'plain' : 'secondary'} onSubmit={toggleActive} testId='team-member-toggle'>
            {member.isActive ? '停用' : '启用'}
          </SubmitButton>
        </View>
      ) : null}
      {canManage && resetting ? (
        <ResetPassword
          member={member}
          onDone={(updated) => {
            setResetting(false);
            onChanged(updated);
          }}
        />
      ) : null}
    </View>
  );
}

function AddStaff({ onAdded }: { onAdded: (member: StaffMemberView) => void }) {
  const [form, setForm] = useState<NewStaffForm>(EMPTY_NEW_STAFF);
  const [error, setError] = useState<string | null>(null);
  const field = (key: keyof NewStaffForm) => (e: { detail: { value: string } }) => setForm((current) => ({ ...current, [key]: e.detail.value }));
  const submit = async () => {
    const problem = newStaffProblem(form);
    if (problem) return setError(problem);
    setError(null);
    try {
      const member = await createStaff(newStaffBody(form));
      setForm(EMPTY_NEW_STAFF);
      onAdded(member);
      toastSuccess('已添加店员');
    } catch (failure) {
      setError(teamErrorText(failure));
    }
  };
  return (
    <View className='staff-card' data-testid='team-add'>
      <Text className='staff-title'>添加店员</Text>
      <View className='staff-team__form'>
        <Input className='staff-input' placeholder='登录用户名，如 staff.ja3' value={form.username} onInput={field('username')} data-testid='team-add-username' />
        <Input className='staff-input' placeholder='姓名' value={form.displayName} onInput={field('displayName')} data-testid='team-add-name' />
        <Input className='staff-input' password placeholder='初始密码：至少 8 位，含字母和数字' value={form.password} onInput={field('password')} data-testid='team-add-password' />
        <SubmitButton onSubmit={submit} busyText='添加中' testId='team-add-submit'>
          添加
        </SubmitButton>
      </View>
      {error ? (
        <Text className='staff-error' data-testid='team-add-error'>
          {error}
        </Text>
      ) : null}
    </View>
  );
}

/** One month of the team's commission; keyed by month, so a new month starts from its skeleton, not the last month's answer. */
function MonthReport({ month }: { month: string }) {
  // Quiet: the card says why the month could not be read, with a retry.
  const report = useAsyncData(() => fetchTeamCommission(month, { quiet: true }), [month]);
  if (report.loading) return <Skeleton rows={3} />;
  if (!report.data) return <PanelFailed error={report.error} onRetry={() => void report.reload()} testId='team-commission-failed' />;
  const shown = report.data;
  return (
    <View>
      <FigureRow figures={commissionFigures({ ...shown.totals, rateBasisPoints: shown.rateBasisPoints })} />
      {shown.rows.map((row) => (
        <View key={row.staffId} className='staff-list-row' data-testid='team-commission-row'>
          <Text className='staff-grow'>
            {row.displayName}
            {row.isActive ? '' : '（已停用）'}
          </Text>
          <Text className='staff-muted'>{row.orders} 单</Text>
          <Price fen={row.net} size='sm' label='净' />
          <Price fen={row.commission} size='sm' label='提成' />
        </View>
      ))}
    </View>
  );
}

/** 本月团队提成: every staff member's month at this store, from /staff/commission/team. */
function TeamCommission() {
  const thisMonth = chinaMonthOf(new Date());
  const [month, setMonth] = useState(thisMonth);
  return (
    <View className='staff-card' data-testid='team-commission'>
      <View className='staff-row staff-row--between'>
        <Text className='staff-title'>团队提成</Text>
        <View className='staff-row'>
          <Text className='staff-link' onClick={() => setMonth(shiftMonth(month, -1))} data-testid='team-month-prev'>
            ‹
          </Text>
          <Text data-testid='team-commission-month'>{month}</Text>
          {month < thisMonth ? (
            <Text className='staff-link' onClick={() => setMonth(shiftMonth(month, 1))} data-testid='team-month-next'>
              ›
            </Text>
          ) : null}
        </View>
      </View>
      <MonthReport key={month} month={month} />
    </View>
  );
}

/** 门店管理 (store managers): the team with its accounts, display samples, and the team's commission. */
function TeamDesk({ session }: DeskProps) {
  const manager = isStoreManager(session);
  const [changed, setChanged] = useState<ReadonlyMap<number, StaffMemberView>>(new Map());
  // Quiet: the card says why the team could not be read, with a retry.
  const list = useCursorList((cursor) => (manager ? fetchTeam(cursor, { quiet: true }) : Promise.resolve({ items: [], nextCursor: null })), memberKey, [manager]);
  useListPage(list);
  if (!manager) return <EmptyState icon='lock' title='仅店长可使用门店管理' description='如需添加店员或调整样品，请联系店长' />;
  const remember = (member: StaffMemberView) => setChanged((current) => new Map(current).set(member.id, member));
  const members = list.items.map((member) => changed.get(member.id) ?? member);
  return (
    <View className='staff-cols staff-team'>
      <View className='staff-col'>
        <ListCard title='团队成员' list={list} empty={{ icon: 'group', title: '本店还没有员工账号', description: '在下方添加店员' }} testId='team-list'>
          {members.map((member) => (
            <TeamRow key={member.id} member={member} selfId={session.staffId} onChanged={remember} />
          ))}
        </ListCard>
        <AddStaff onAdded={() => void list.refresh()} />
      </View>
      <View className='staff-col'>
        <View data-testid='samples-desk'>
          <ProductSearch storeId={session.storeId} title='样品管理：可售库存与样品互转' skus={(productId) => <SampleSkus productId={productId} storeId={session.storeId} />} />
        </View>
        <TeamCommission />
      </View>
    </View>
  );
}

export default staffPage('team', TeamDesk);
