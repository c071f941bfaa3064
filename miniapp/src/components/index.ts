/** Shared UI pieces; see miniapp/FOUNDATION.md. */
export * from './Price';
export * from './Skeleton';
export * from './EmptyState';
export * from './SubmitButton';
export * from './LazyImage';
export * from './ProductCard';
export * from './QuantityStepper';
export * from './Tabs';
export * from './LoadMore';
export * from './SearchBar';
export * from './ProductPrices';
export * from './Icon';
export * from './PageStates';
