import { Tabs } from '@mantine/core';
import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { resources } from '../../../../lib/i18n';
import { ConsentTab } from '../../../consent/components/consent-tab';
import { CustomerOrdersTab } from '../../../orders/components/customer-orders-tab';
import { PrivacyTab } from '../../../privacy/components/privacy-tab';
import { AffiliationsTab } from './affiliations-tab';
import type { CustomerTabProps } from './customer-tab-props';
import { DuplicatesTab } from './duplicates-tab';
import { LicensesTab } from './licenses-tab';
import { ProfileTab } from './profile-tab';

// A tab's label is a key under `tabs` in locales/{id,en}/customers.json, or the owning module's.
type TabLabel =
  `tabs.${keyof (typeof resources)['id']['customers']['tabs']}` | 'orders:customerTab.title';

type CustomerTab = { value: string; label: TabLabel; Panel: ComponentType<CustomerTabProps> };

/**
 * The record's sections, in order. A later module (orders, consent, privacy) adds one entry here
 * and its label under `tabs` in both languages.
 */
export const CUSTOMER_TABS: readonly CustomerTab[] = [
  { value: 'profile', label: 'tabs.profile', Panel: ProfileTab },
  { value: 'licenses', label: 'tabs.licenses', Panel: LicensesTab },
  { value: 'orders', label: 'orders:customerTab.title', Panel: CustomerOrdersTab },
  { value: 'affiliations', label: 'tabs.affiliations', Panel: AffiliationsTab },
  { value: 'duplicates', label: 'tabs.duplicates', Panel: DuplicatesTab },
  { value: 'consent', label: 'tabs.consent', Panel: ConsentTab },
  { value: 'privacy', label: 'tabs.privacy', Panel: PrivacyTab },
];

/** The open tab is in the address (?tab=), so a link or a reload lands on the same section. */
export const CustomerTabs = (props: CustomerTabProps) => {
  // A module's own tab label may come from its namespace (e.g. orders:customerTab.title).
  const { t } = useTranslation(['customers', 'orders']);
  const [params, setParams] = useSearchParams();
  const first = CUSTOMER_TABS[0]?.value ?? '';
  const requested = params.get('tab');
  const active = CUSTOMER_TABS.some((tab) => tab.value === requested)
    ? (requested ?? first)
    : first;

  return (
    <Tabs
      value={active}
      onChange={(value) =>
        setParams(value && value !== first ? { tab: value } : {}, { replace: true })
      }
      // Only the open panel is mounted: each tab's data is fetched when someone looks at it.
      keepMounted={false}
    >
      <Tabs.List aria-label={t('detail.tabsLabel')}>
        {CUSTOMER_TABS.map((tab) => (
          <Tabs.Tab key={tab.value} value={tab.value}>
            {t(tab.label)}
          </Tabs.Tab>
        ))}
      </Tabs.List>
      {CUSTOMER_TABS.map(({ value, Panel }) => (
        <Tabs.Panel key={value} value={value} pt="md">
          <Panel {...props} />
        </Tabs.Panel>
      ))}
    </Tabs>
  );
};
