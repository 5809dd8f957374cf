import type { ArticleSummary } from './site-index.ts';

export interface FeedItem {
  title: string;
  link: string;
  pubDate: Date;
  description: string;
}

/** How many of the newest articles a feed lists. */
export const FEED_LENGTH = 50;

/** Feed items, newest first, for the given articles; the description is the summary or the evidence sentence. */
export function feedItems<A extends ArticleSummary>(
  entries: readonly { article: A; sentence?: string | undefined }[],
  urlOf: (article: A) => string,
  limit = FEED_LENGTH,
): FeedItem[] {
  return entries.slice(0, limit).map(({ article, sentence }) => ({
    title: article.title,
    link: urlOf(article),
    pubDate: new Date(`${article.date}T00:00:00Z`),
    description: article.summary ?? sentence ?? `${article.source}, ${article.date}`,
  }));
}
