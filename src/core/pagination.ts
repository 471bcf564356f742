/**
 * Cursor pagination over Graph's `{ data, paging: { cursors: { before, after }, next? } }` lists.
 *
 * `await list(...)` gives the first {@link CursorPage}; `for await (const item of list(...))` walks every item
 * across pages, fetching the next page only when the previous one is used up. Next pages are requested with
 * the `after` cursor and the original params — never by following `paging.next`, a URL that can carry an
 * `access_token` when a token was passed in a query string (facebook-python-business-sdk#641).
 */

/** Graph's paging block. */
export interface CursorPaging {
  readonly cursors?: { readonly before?: string | undefined; readonly after?: string | undefined } | undefined;
  readonly next?: string | undefined;
  readonly previous?: string | undefined;
}

/** One page of a list as Graph returns it (loose: Meta may add fields). */
export interface PageData<Item> {
  readonly data: readonly Item[];
  readonly paging?: CursorPaging | undefined;
  readonly summary?: { readonly total_count?: number | undefined } | undefined;
}

/** Fetches the page after `after` (or the first page when undefined). @internal */
export type PageFetcher<Item> = (after: string | undefined) => Promise<PageData<Item>>;

/**
 * One page of results, with a way to the next.
 *
 * @example
 * let page = await waba.phoneNumbers.list({ limit: 100 });
 * while (true) {
 *   for (const number of page.data) console.log(number.display_phone_number);
 *   if (!page.hasNextPage()) break;
 *   page = await page.nextPage();
 * }
 */
export class CursorPage<Item> {
  /** The items of this page. */
  readonly data: readonly Item[];
  readonly paging: CursorPaging | undefined;
  /** `summary.total_count` when requested with `summary: 'total_count'`. */
  readonly summary: PageData<Item>['summary'];
  readonly #fetch: PageFetcher<Item>;

  /** @internal */
  constructor(page: PageData<Item>, fetch: PageFetcher<Item>) {
    this.data = page.data;
    this.paging = page.paging;
    this.summary = page.summary;
    this.#fetch = fetch;
  }

  /** True when Graph says there is a page after this one. */
  hasNextPage(): boolean {
    // Graph omits `next` on the last page but may still send an `after` cursor; `next` is the signal.
    return Boolean(this.paging?.next && this.paging.cursors?.after);
  }

  /**
   * Fetches the next page.
   * @throws {Error} when there is no next page (check {@link hasNextPage} first).
   */
  async nextPage(): Promise<CursorPage<Item>> {
    const after = this.paging?.cursors?.after;
    if (!this.hasNextPage() || after === undefined) throw new Error('There is no next page; check hasNextPage() first.');
    return new CursorPage(await this.#fetch(after), this.#fetch);
  }

  /** Every item from this page on, fetching further pages lazily. */
  [Symbol.asyncIterator](): AsyncIterator<Item> {
    return walk(this);
  }
}

/**
 * The items of `first` and of every page after it. One generator for the whole walk: an async generator that
 * `yield*`s another one pays a second promise round trip per item (issue #12 measured the walk at 2× a plain
 * loop's iteration cost).
 */
async function* walk<Item>(first: CursorPage<Item> | Promise<CursorPage<Item>>): AsyncGenerator<Item, void> {
  let page = await first;
  for (;;) {
    yield* page.data;
    if (!page.hasNextPage()) return;
    page = await page.nextPage();
  }
}

/**
 * A list call: `await` it for the first page, or `for await` it for every item.
 *
 * The first request starts when you first await or iterate, and happens once however often you await.
 */
export class PagePromise<Item> implements PromiseLike<CursorPage<Item>>, AsyncIterable<Item> {
  readonly #fetch: PageFetcher<Item>;
  #first: Promise<CursorPage<Item>> | undefined;

  /** @internal */
  constructor(fetch: PageFetcher<Item>) {
    this.#fetch = fetch;
  }

  #firstPage(): Promise<CursorPage<Item>> {
    this.#first ??= this.#fetch(undefined).then((page) => new CursorPage(page, this.#fetch));
    return this.#first;
  }

  then<A = CursorPage<Item>, B = never>(
    onFulfilled?: ((page: CursorPage<Item>) => A | PromiseLike<A>) | null,
    onRejected?: ((reason: unknown) => B | PromiseLike<B>) | null,
  ): Promise<A | B> {
    return this.#firstPage().then(onFulfilled, onRejected);
  }

  [Symbol.asyncIterator](): AsyncIterator<Item> {
    return walk(this.#firstPage());
  }
}
