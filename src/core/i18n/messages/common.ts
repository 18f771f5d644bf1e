import { defineMessages } from '../define';

export const commonMessages = defineMessages({
  'common.error': { en: 'error', ja: 'エラー' },
  'common.warning': { en: 'warning', ja: '警告' },
  'common.info': { en: 'info', ja: '情報' },
});
