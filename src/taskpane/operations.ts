import type * as Writes from './writeOperations';

/**
 * The pane's doors onto the application layer's writing operations. Each loads the
 * operations' chunk on its first call (webpack splits it off the first view);
 * `preloadOperations` starts that load at boot, so by the time a person presses a button it is normally there.
 */
let loading: Promise<typeof Writes> | null = null;

function writes(): Promise<typeof Writes> {
  // A load that failed (the network, a new version deployed) is tried again by the next call.
  loading ??= import(/* webpackChunkName: "operations" */ './writeOperations').catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}

/** Starts loading the writing operations; resolves once they are there, or once the load has failed (the next call tries again and reports it). */
export async function preloadOperations(): Promise<void> {
  await writes().catch(() => undefined);
}

export const buildTree: typeof Writes.buildTree = async (...args) => (await writes()).buildTree(...args);
export const refreshWorkbook: typeof Writes.refreshWorkbook = async (...args) => (await writes()).refreshWorkbook(...args);
export const sheetsOfNewWorkbook = async (...args: Parameters<typeof Writes.sheetsOfNewWorkbook>) =>
  (await writes()).sheetsOfNewWorkbook(...args);
export const applyCalibration: typeof Writes.applyCalibration = async (...args) => (await writes()).applyCalibration(...args);
export const applyQuickFix: typeof Writes.applyQuickFix = async (...args) => (await writes()).applyQuickFix(...args);
export const printReview: typeof Writes.printReview = async (...args) => (await writes()).printReview(...args);
export const writeReview: typeof Writes.writeReview = async (...args) => (await writes()).writeReview(...args);
export const reopenReview: typeof Writes.reopenReview = async (...args) => (await writes()).reopenReview(...args);
export const closeReviews: typeof Writes.closeReviews = async (...args) => (await writes()).closeReviews(...args);
