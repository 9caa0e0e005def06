import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { LANGUAGES } from './messages';
import type { Language, MessageKey } from './messages';
import { translate } from './translate';
import type { LocalisedText, MessageParams } from './translate';

const STORAGE_KEY = 'paht.language';

export type I18n = {
  language: Language;
  setLanguage: (language: Language) => void;
  /** A catalogue text in the current language. */
  t: (key: MessageKey, params?: MessageParams) => string;
  /** The current language's half of a server-sent text (problem messages, field errors). */
  pick: (text: LocalisedText) => string;
};

const I18nContext = createContext<I18n | null>(null);

function isLanguage(value: string | null): value is Language {
  return value !== null && (LANGUAGES as readonly string[]).includes(value);
}

/** The stored choice, else Vietnamese (the UI is Vietnamese first, whatever the browser says). */
export function readStoredLanguage(): Language {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    return isLanguage(stored) ? stored : 'vi';
  } catch {
    // Storage can be disabled (private mode on some phones): fall back to Vietnamese.
    return 'vi';
  }
}

function storeLanguage(language: Language): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Not persisted; the choice still holds for this page.
  }
}

export function LanguageProvider({
  children,
  initialLanguage,
}: {
  children: ReactNode;
  initialLanguage?: Language;
}) {
  const [language, setLanguageState] = useState<Language>(
    () => initialLanguage ?? readStoredLanguage(),
  );

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  const setLanguage = useCallback((next: Language) => {
    storeLanguage(next);
    setLanguageState(next);
  }, []);

  const value = useMemo<I18n>(
    () => ({
      language,
      setLanguage,
      t: (key, params) => translate(language, key, params),
      pick: (text) => text[language],
    }),
    [language, setLanguage],
  );

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) {
    throw new Error('useI18n outside LanguageProvider');
  }
  return value;
}
