import './styles.css';
import { likelyLanguage } from '../i18n/interface-language.ts';
import { loadInterfaceWords } from '../i18n/interface-resources.ts';
import { openPageDatabase } from '../record/open-database.ts';

// The page's first script, and a small one: it starts fetching the interface's words, opening
// storage and fetching the app's script all at once, rather than one after the other. Whatever
// fails here fails again, and is explained, where the app awaits it.
void loadInterfaceWords(likelyLanguage()).catch(() => undefined);
void openPageDatabase().catch(() => undefined);
void import('./main.tsx');
