/**
 * IntersectionObserver and ResizeObserver stand-ins that report only when a test tells them to
 * (jsdom has neither). Install with `vi.stubGlobal('IntersectionObserver', FakeIntersectionObserver)`
 * and empty `all` before each test.
 */
/** What both stand-ins share: the elements they watch. */
class Watching {
  readonly targets = new Set<Element>();
  observe(element: Element) {
    this.targets.add(element);
  }
  unobserve(element: Element) {
    this.targets.delete(element);
  }
  disconnect() {
    this.targets.clear();
  }
}

export class FakeIntersectionObserver extends Watching {
  static all: FakeIntersectionObserver[] = [];
  constructor(
    private readonly callback: IntersectionObserverCallback,
    readonly options?: IntersectionObserverInit,
  ) {
    super();
    FakeIntersectionObserver.all.push(this);
  }
  /** Whether any observer watches the element. */
  static watched(element: Element) {
    return FakeIntersectionObserver.all.some((o) => o.targets.has(element));
  }
  /** Every observer watching the element reports it (not) intersecting. */
  static report(element: Element, isIntersecting: boolean) {
    for (const o of FakeIntersectionObserver.all) if (o.targets.has(element)) o.callback([{ target: element, isIntersecting } as IntersectionObserverEntry], o as unknown as IntersectionObserver);
  }
}

export class FakeResizeObserver extends Watching {
  static all: FakeResizeObserver[] = [];
  constructor(private readonly callback: ResizeObserverCallback) {
    super();
    FakeResizeObserver.all.push(this);
  }
  /** Every observer watching the element reports its content box. */
  static report(element: Element, width: number, height = 200) {
    for (const o of FakeResizeObserver.all) if (o.targets.has(element)) o.callback([{ target: element, contentRect: { width, height } } as ResizeObserverEntry], o as unknown as ResizeObserver);
  }
}
