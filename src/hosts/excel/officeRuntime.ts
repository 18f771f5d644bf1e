/// <reference types="office-js" />
import type { ExcelRuntime } from './runtime';
import { ExcelHostError } from './errors';

/**
 * The real runtime: `Excel.run` and the requirement-set check. The only file that
 * touches the `Excel`, `Office` and `OfficeExtension` globals.
 *
 * `Excel.run((context) => batch(context))` passes an `Excel.RequestContext` where the
 * adapter expects an `XlContext`: this line is the compile-time proof that the subset in
 * `api.ts` matches @types/office-js.
 */
export function officeRuntime(): ExcelRuntime {
  return {
    run: (batch) => Excel.run((context) => batch(context)),
    removeHandler: async (handler) => {
      const owner = handler.context;
      if (!(owner instanceof OfficeExtension.ClientRequestContext)) {
        throw new ExcelHostError(
          'Unexpected',
          'The change listener could not be removed: it was not registered through Excel.run. Reload the add-in.',
        );
      }
      await Excel.run(owner, async (context) => {
        handler.remove();
        await context.sync();
      });
    },
    supportsExcelApi: (version) => Office.context.requirements.isSetSupported('ExcelApi', version),
  };
}
