/// <reference types="@tarojs/taro" />

declare module '*.png';
declare module '*.svg';
declare module '*.scss';

declare namespace NodeJS {
  interface ProcessEnv {
    TARO_ENV?: 'weapp' | 'h5';
    /** Absolute API origin for the weapp build (H5 calls its own origin). */
    TARO_APP_API_BASE?: string;
  }
}
