import { Button, Text, View } from '@tarojs/components';
import './EmptyState.scss';

export interface EmptyStateProps {
  title: string;
  description?: string;
  /** A way forward: "去逛逛", "重新加载", ... */
  actionText?: string;
  onAction?: () => void;
  icon?: string;
  testId?: string;
}

/** Nothing to show (or loading failed), always with a way forward. */
export function EmptyState({ title, description, actionText, onAction, icon = '🛍️', testId = 'empty-state' }: EmptyStateProps) {
  return (
    <View className='empty-state' data-testid={testId}>
      <Text className='empty-state__icon'>{icon}</Text>
      <Text className='empty-state__title'>{title}</Text>
      {description ? <Text className='empty-state__description'>{description}</Text> : null}
      {actionText && onAction ? (
        <Button className='empty-state__action' size='mini' onClick={onAction}>
          {actionText}
        </Button>
      ) : null}
    </View>
  );
}
