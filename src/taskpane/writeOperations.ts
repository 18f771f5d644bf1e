/**
 * The operations that change the workbook, as one chunk the pane loads on first use
 * (see `operations.ts`): laying out sheets, re-planning and writing review tabs is code the
 * first view does not need to show what the workbook holds.
 */
export { buildTree, refreshWorkbook, sheetsOfNewWorkbook } from '../app/build';
export { applyCalibration } from '../app/calibrate';
export { applyQuickFix } from '../app/fixes';
export { printReview } from '../app/print';
export { closeReviews, reopenReview, writeReview } from '../app/review';
