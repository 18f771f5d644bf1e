import { Component, type ReactNode } from 'react';

interface Props {
  readonly fallback: ReactNode;
  readonly children: ReactNode;
}

/**
 * Shows `fallback` in place of a chart that failed to load or to draw (a chunk not
 * reached offline, a browser without what the chart needs): the numbers stay in the
 * table beside it, and the rest of the view goes on working.
 */
export class ChartBoundary extends Component<Props, { readonly failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render(): ReactNode {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
