/** The development SMS account's API key, which the local emulator accepts (never valid anywhere real). */
export const DEV_SMS_API_KEY = 'dev-sms-api-key';
