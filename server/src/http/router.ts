import Router from '@koa/router';
import type { AppState } from './context.js';
import type { Services } from '../services.js';

export type ApiRouter = Router<AppState>;

/** Each business module contributes its routes through one of these. */
export type RouteModule = (router: ApiRouter, services: Services) => void;
