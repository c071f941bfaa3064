import { Button, Text, View } from '@tarojs/components';
import { Icon, type IconName } from './Icon';
import './EmptyState.scss';

export interface EmptyStateProps {
  title: string;
  description?: string;
  /** A way forward: "去逛逛", "重新加载", ... */
  actionText?: string;
  onAction?: () => void;
  /** One of the app's SVG icons. */
  icon?: IconName;
  testId?: string;
}

/** Nothing to show (or loading failed), always with a way forward. */
export function EmptyState({ title, description, actionText, onAction, icon = 'bag', testId = 'empty-state' }: EmptyStateProps) {
  return (
    <View className='empty-state' data-testid={testId}>
      <Icon name={icon} size={96} color='#c8c8c8' strokeWidth={1.5} className='empty-state__icon' />
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
