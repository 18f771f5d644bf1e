import type { BackcastResult } from '../backcast/compute';
import { t, type Lang, type MessageKey, type MessageParams } from '../i18n';
import type { Model } from '../model/types';
import type { SheetKey } from './spec';

/** Everything a sheet layout needs: the model, its computed targets, the language. */
export interface LayoutContext {
  readonly model: Model;
  readonly backcast: BackcastResult;
  readonly lang: Lang;
  /** Names of the sheets, in the workbook's language. */
  readonly sheetName: (key: SheetKey) => string;
  readonly tr: (key: MessageKey, params?: MessageParams) => string;
}

export function layoutContext(model: Model, backcast: BackcastResult, lang: Lang): LayoutContext {
  const tr = (key: MessageKey, params?: MessageParams): string => t(lang, key, params);
  const sheetName = (key: SheetKey): string => {
    switch (key) {
      case 'tree':
        return tr('sheet.tree');
      case 'hypotheses':
        return tr('sheet.hypotheses');
      case 'members':
        return tr('sheet.members');
      case 'calendar':
        return tr('sheet.calendar');
      case 'settings':
        return tr('sheet.settings');
      case 'milestones':
        return tr('sheet.milestones');
      case 'checks':
        return tr('sheet.checks');
      case 'history':
        return tr('sheet.history');
      default:
        return key;
    }
  };
  return { model, backcast, lang, sheetName, tr };
}
