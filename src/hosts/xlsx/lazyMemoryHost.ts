import type { WorkbookData } from '../../core/reader/workbookData';
import type { ChangeListener, Unsubscribe } from '../port';
import type { MemoryHost, Selection } from './memoryHost';

const EMPTY: WorkbookData = { sheets: [], names: [] };

/**
 * A MemoryHost whose workbook library (ExcelJS, the largest part of the pane) is loaded
 * only when the workbook is first written or opened. Until then the workbook is empty,
 * and reads say so at once: standalone mode starts as fast as the pane in Excel.
 */
export function createLazyMemoryHost(load: () => Promise<MemoryHost>): MemoryHost {
  let loaded: MemoryHost | null = null;
  let loading: Promise<MemoryHost> | null = null;
  const changeListeners = new Set<ChangeListener>();
  const selectListeners = new Set<(s: Selection) => void>();

  const get = (): Promise<MemoryHost> => {
    // One forwarding listener each: the listeners stay here, whenever they came.
    loading ??= load().then(async (host) => {
      await host.onChange((sheets) => changeListeners.forEach((l) => l(sheets)));
      host.onSelect((selection) => selectListeners.forEach((l) => l(selection)));
      loaded = host;
      return host;
    });
    return loading;
  };

  return {
    apply: async (spec, onProgress) => (await get()).apply(spec, onProgress),
    read: async () => (loaded ? loaded.read() : EMPTY),
    update: async (decide, onProgress) => (await get()).update(decide, onProgress),
    writeCells: async (cells) => (await get()).writeCells(cells),
    select: async (sheet, address) => (await get()).select(sheet, address),
    async onChange(listener: ChangeListener): Promise<Unsubscribe> {
      changeListeners.add(listener);
      return async () => {
        changeListeners.delete(listener);
      };
    },
    onSelect(listener) {
      selectListeners.add(listener);
      return () => selectListeners.delete(listener);
    },
    workbook: () => {
      if (!loaded) throw new Error('The workbook is not loaded yet.');
      return loaded.workbook();
    },
    selection: () => loaded?.selection() ?? null,
    save: async (options) => (await get()).save(options),
    open: async (bytes) => (await get()).open(bytes),
  };
}
