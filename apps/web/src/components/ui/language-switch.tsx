import { Button, Menu } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { currentLanguage, LANGUAGES, rememberLanguage } from '../../lib/i18n';
import type { Language } from '../../lib/format';

export const LanguageSwitch = () => {
  const { t, i18n } = useTranslation('common');
  const active = currentLanguage(i18n);

  const choose = (language: Language) => {
    rememberLanguage(language);
    void i18n.changeLanguage(language);
  };

  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button
          variant="subtle"
          color="gray"
          size="compact-sm"
          aria-label={t('header.language')}
          title={t(`languages.${active}`)}
          rightSection={<span aria-hidden>▾</span>}
        >
          {active.toUpperCase()}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {LANGUAGES.map((language) => (
          <Menu.Item
            key={language}
            lang={language}
            onClick={() => choose(language)}
            fw={language === active ? 700 : undefined}
            aria-current={language === active ? 'true' : undefined}
          >
            {t(`languages.${language}`)}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
};
