import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Tracks the host's content width so a chart can lay itself out for the space it has.
 * Updates land on the next frame: re-rendering inside the observer callback changes the host's
 * height at once, which makes Chromium report "ResizeObserver loop completed with undelivered
 * notifications".
 */
export class WidthController implements ReactiveController {
  /** The last measured width in CSS pixels; `initial` until the first measurement. */
  width: number;
  private observer?: ResizeObserver;

  constructor(private readonly host: ReactiveControllerHost & Element, initial: number) {
    this.width = initial;
    host.addController(this);
  }

  hostConnected(): void {
    this.observer = new ResizeObserver(([entry]) => {
      const width = Math.round(entry?.contentRect.width ?? 0);
      if (width > 0 && Math.abs(width - this.width) > 1) {
        requestAnimationFrame(() => {
          this.width = width;
          this.host.requestUpdate();
        });
      }
    });
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }
}
