import { Text } from '@tarojs/components';
import type { ReactNode } from 'react';
import type { AsyncData } from '../hooks/useAsyncData';
import type { CursorList } from '../hooks/useCursorList';
import { FAILURE_TEXT, loadFailure } from '../lib/load-failure';
import { EmptyState, type EmptyStateProps } from './EmptyState';
import { Skeleton } from './Skeleton';
import './PageStates.scss';

/** What a page says when the thing it shows does not exist (any more). */
export type NotFoundProps = Omit<EmptyStateProps, 'testId'>;

/**
 * A load that did not work: "not found" when the server says the thing is gone, otherwise
 * "网络异常，点击重试" / "加载失败，点击重试" with a retry, never a blank page.
 */
export function FailedState({ error, onRetry, notFound }: { error: unknown; onRetry: () => void; notFound?: NotFoundProps }) {
  const kind = loadFailure(error);
  if (kind === 'not_found' && notFound) return <EmptyState icon='eye-off' {...notFound} testId='not-found' />;
  const text = FAILURE_TEXT[kind === 'not_found' ? 'failed' : kind];
  return <EmptyState icon={kind === 'offline' ? 'offline' : 'warning'} title={text.title} description={text.description} actionText='重新加载' onAction={onRetry} testId='load-failed' />;
}

export interface AsyncViewProps<T> {
  state: AsyncData<T>;
  children: (data: T) => ReactNode;
  /** Shown while the first answer loads (default: grey lines). */
  skeleton?: ReactNode;
  notFound?: NotFoundProps;
  /** When the answer holds nothing to show, and what to say then (testId `empty-state` unless the page keeps its own). */
  isEmpty?: (data: T) => boolean;
  empty?: EmptyStateProps;
}

/** The four states of a page that loads one thing: loading, failed or not found, empty, shown. */
export function AsyncView<T>({ state, children, skeleton, notFound, isEmpty, empty }: AsyncViewProps<T>) {
  if (state.loading) return <>{skeleton ?? <Skeleton rows={6} />}</>;
  if (state.data === null) return <FailedState error={state.error} onRetry={() => void state.reload()} notFound={notFound} />;
  if (empty && isEmpty?.(state.data)) return <EmptyState {...empty} />;
  return <>{children(state.data)}</>;
}

/**
 * The head states of an infinite list: a skeleton before the first page, a retry when the first
 * page failed, the empty state when there is nothing. Renders nothing once items are showing
 * (the list foot, `LoadMore`, takes over).
 */
export function ListStates<T>({ list, empty, skeleton }: { list: CursorList<T>; empty: EmptyStateProps; skeleton?: ReactNode }) {
  if (list.initial) return <>{skeleton ?? <Skeleton rows={6} />}</>;
  if (list.items.length > 0) return null;
  if (list.failed) return <FailedState error={list.error} onRetry={() => void list.refresh()} />;
  return <EmptyState {...empty} />;
}

/**
 * A secondary part of a page that did not load (the stores beside a product, a group's buttons):
 * one line to tap again in its place, so the rest of the page stays usable.
 */
export function SectionRetry({ text, onRetry, testId = 'section-failed' }: { text: string; onRetry: () => void; testId?: string }) {
  return (
    <Text className='section-retry' onClick={onRetry} data-testid={testId}>
      {text}，点击重试
    </Text>
  );
}
