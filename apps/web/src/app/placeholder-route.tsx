import { useTranslation } from 'react-i18next';
import { ComingSoon } from '../components/ui/coming-soon';
import { PageHeader } from '../components/ui/page-header';
import { ALL_ITEMS } from './layout/nav-items';
import { useCurrentArea } from './route-handle';

/** Stands in for the modules that later issues build. */
export const PlaceholderRoute = () => {
  const { t } = useTranslation('common');
  const area = useCurrentArea();
  const item = ALL_ITEMS.find((candidate) => candidate.area === area);
  if (!item) return null;
  const title = t(item.label);
  return (
    <>
      <PageHeader title={title} />
      <ComingSoon module={title} />
    </>
  );
};
