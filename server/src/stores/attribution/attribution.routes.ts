import {
  AppError,
  adminCommissionQuerySchema,
  idParamsSchema,
  referralBindSchema,
  referralQrQuerySchema,
  staffCommissionQuerySchema,
  teamCommissionQuerySchema,
  type CommissionReportFormat,
  type CommissionReportView,
} from '@shop/shared';
import { requireMember, requireRoles } from '../../http/auth.js';
import type { AppContext, Principal } from '../../http/context.js';
import type { RouteModule } from '../../http/router.js';
import { validate } from '../../http/validate.js';
import { commissionCsv, commissionCsvFilename } from './commission-csv.js';

/** 导购 share cards and store QR codes, members binding to them, and staff commission. */
export const attributionRoutes: RouteModule = (router, { attribution }) => {
  const { referrals, commission } = attribution;
  const sellers = requireRoles('staff', 'store_manager');
  const managers = requireRoles('store_manager');
  const admins = requireRoles('admin');
  const consumers = requireRoles('consumer');

  router.get('/staff/me/referral', sellers, async (ctx) => {
    ctx.set('cache-control', 'no-store');
    ctx.body = await referrals.shareCard(staffIdOf(ctx.state.principal));
  });

  router.get('/staff/referral/store-qr', managers, async (ctx) => {
    const { staffId } = validate(referralQrQuerySchema, ctx.query);
    ctx.body = await referrals.teamStoreQr(staffIdOf(ctx.state.principal), staffId);
  });

  router.get('/admin/stores/:id/referral-qr', admins, async (ctx) => {
    const { id } = validate(idParamsSchema, ctx.params);
    const { staffId } = validate(referralQrQuerySchema, ctx.query);
    ctx.body = await referrals.storeQr(id, staffId);
  });

  router.post('/members/me/referral', consumers, async (ctx) => {
    const { token } = validate(referralBindSchema, ctx.state.body);
    ctx.body = await referrals.bind(requireMember(ctx.state.principal), token);
  });

  router.get('/members/me/referral', consumers, async (ctx) => {
    ctx.body = { binding: await referrals.current(requireMember(ctx.state.principal)) };
  });

  router.get('/staff/commission', sellers, async (ctx) => {
    ctx.set('cache-control', 'no-store');
    ctx.body = await commission.own(staffIdOf(ctx.state.principal), validate(staffCommissionQuerySchema, ctx.query));
  });

  router.get('/staff/commission/team', managers, async (ctx) => {
    const { month, format } = validate(teamCommissionQuerySchema, ctx.query);
    answerReport(ctx, await commission.team(staffIdOf(ctx.state.principal), month), format);
  });

  router.get('/admin/commission', admins, async (ctx) => {
    const { month, storeId, format } = validate(adminCommissionQuerySchema, ctx.query);
    answerReport(ctx, await commission.report(storeId, month), format);
  });
};

function staffIdOf(principal: Principal | undefined): number {
  if (principal?.kind !== 'staff') throw new AppError('FORBIDDEN', '没有权限执行此操作');
  return principal.staffId;
}

/** JSON, or a CSV download that Excel opens with its Chinese intact. */
function answerReport(ctx: AppContext, report: CommissionReportView, format: CommissionReportFormat): void {
  ctx.set('cache-control', 'no-store');
  if (format === 'json') {
    ctx.body = report;
    return;
  }
  ctx.body = commissionCsv(report);
  ctx.set('content-type', 'text/csv; charset=utf-8');
  ctx.set('content-disposition', `attachment; filename="${commissionCsvFilename(report)}"`);
}
