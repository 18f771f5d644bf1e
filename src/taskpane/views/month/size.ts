/** The month chart's height in the pane (px): its room is kept while the chart loads. */
export const CHART_HEIGHT = 220;
