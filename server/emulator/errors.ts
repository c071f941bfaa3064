/**
 * An error answered the way WeChat Pay answers it: an HTTP status and `{"code","message"}`
 * (plus `detail` for parameter errors). The control API reuses it for its own refusals.
 */
export class EmulatorError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly detail?: { field: string; location: 'body' | 'query' | 'path'; issue: string },
  ) {
    super(message);
    this.name = 'EmulatorError';
  }

  toJSON(): { code: string; message: string; detail?: EmulatorError['detail'] } {
    return { code: this.code, message: this.message, ...(this.detail ? { detail: this.detail } : {}) };
  }
}
