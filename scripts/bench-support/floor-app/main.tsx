/**
 * The floor the wizard's first screen is measured against: the same libraries (React, react-dom,
 * i18next, react-i18next) rendering one translated heading, with nothing else. Built and timed by
 * `npm run bench -- startup` in the same run as the app.
 */
import i18next from 'i18next';
import { createRoot } from 'react-dom/client';
import { I18nextProvider, useTranslation } from 'react-i18next';

function Heading() {
  const { t } = useTranslation();
  return <h1>{t('title')}</h1>;
}

const i18n = i18next.createInstance();
await i18n.init({ lng: 'en', resources: { en: { translation: { title: 'All negotiations' } } } });
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <I18nextProvider i18n={i18n}>
      <Heading />
    </I18nextProvider>,
  );
}
