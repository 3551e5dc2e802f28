import { Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageHeader } from '../../components/ui/page-header';
import { AudiencePanel } from './components/audience-panel';
import { NoticesPanel } from './components/notices-panel';
import { SuppressionsPanel } from './components/suppressions-panel';
import { useConsentPermissions } from './consent-permissions';

/** The consent area: notices, the do-not-contact list and (for planners) the audience preview. */
export const ConsentRoute = () => {
  const { t } = useTranslation('consent');
  const { canSeeAudience } = useConsentPermissions();
  const [params, setParams] = useSearchParams();
  const views = ['notices', 'suppressions', ...(canSeeAudience ? ['audience'] : [])];
  const requested = params.get('view');
  const active = requested && views.includes(requested) ? requested : 'notices';

  return (
    <>
      <PageHeader title={t('page.title')} description={t('page.subtitle')} />
      <Tabs
        value={active}
        onChange={(value) =>
          setParams(value && value !== 'notices' ? { view: value } : {}, { replace: true })
        }
        keepMounted={false}
      >
        <Tabs.List>
          <Tabs.Tab value="notices">{t('page.notices')}</Tabs.Tab>
          <Tabs.Tab value="suppressions">{t('page.suppressions')}</Tabs.Tab>
          {canSeeAudience && <Tabs.Tab value="audience">{t('page.audience')}</Tabs.Tab>}
        </Tabs.List>
        <Tabs.Panel value="notices" pt="md">
          <NoticesPanel />
        </Tabs.Panel>
        <Tabs.Panel value="suppressions" pt="md">
          <SuppressionsPanel />
        </Tabs.Panel>
        {canSeeAudience && (
          <Tabs.Panel value="audience" pt="md">
            <AudiencePanel />
          </Tabs.Panel>
        )}
      </Tabs>
    </>
  );
};
