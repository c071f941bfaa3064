import type { DataSource } from 'typeorm';
import type { AppConfig } from './config.js';
import type { Logger } from './http/logger.js';
import { TokenService } from './http/auth.js';
import { InventoryService } from './inventory/inventory.service.js';
import { createCode2Session, type Code2Session } from './wechat/code2session.js';
import { MemberAuthService } from './membership/member-auth.service.js';
import { StaffAuthService } from './stores/staff-auth.service.js';

/** Everything a route or job needs, built once per process (or per test). */
export interface Services {
  config: AppConfig;
  dataSource: DataSource;
  logger: Logger;
  tokens: TokenService;
  code2session: Code2Session;
  inventory: InventoryService;
  memberAuth: MemberAuthService;
  staffAuth: StaffAuthService;
}

export function createServices(config: AppConfig, dataSource: DataSource, logger: Logger): Services {
  const tokens = new TokenService(config.authSecret);
  const code2session = createCode2Session(config.wechat);
  const inventory = new InventoryService(dataSource);
  return {
    config,
    dataSource,
    logger,
    tokens,
    code2session,
    inventory,
    memberAuth: new MemberAuthService(dataSource, code2session, tokens),
    staffAuth: new StaffAuthService(dataSource, tokens),
  };
}
