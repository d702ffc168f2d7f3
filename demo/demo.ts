// The demo page: registers every component and switches the page language.
import '../src/index.js';

const strings = {
  id: {
    skip: 'Langsung ke konten',
    site: 'Pemerintah Kota Bekasi',
    variants: 'Varian lain',
    broken: 'Sumber data yang rusak',
    brokenText: 'Alamat data yang salah menampilkan pesan yang jelas, bukan ruang kosong.',
    footer: 'Dibuat dengan @bekasi/elements. Sebagian data adalah ilustrasi.',
    languageNav: 'Bahasa',
    fallback: 'Data kota cerdas Kota Bekasi (JSON)',
  },
  en: {
    skip: 'Skip to content',
    site: 'City Government of Bekasi',
    variants: 'Other variants',
    broken: 'A broken data source',
    brokenText: 'A wrong data address shows a clear message, not an empty hole.',
    footer: 'Made with @bekasi/elements. Some data is illustrative.',
    languageNav: 'Language',
    fallback: 'Smart-city data of Bekasi City (JSON)',
  },
} as const;

type Language = keyof typeof strings;

function setLanguage(language: Language): void {
  document.documentElement.lang = language;
  for (const element of document.querySelectorAll<HTMLElement>('[data-i18n]')) {
    const key = element.dataset['i18n'] as keyof (typeof strings)['id'];
    element.textContent = strings[language][key];
  }
  for (const element of document.querySelectorAll<HTMLElement>('[data-i18n-label]')) {
    const key = element.dataset['i18nLabel'] as keyof (typeof strings)['id'];
    element.setAttribute('aria-label', strings[language][key]);
  }
  for (const button of document.querySelectorAll<HTMLButtonElement>('.lang-switch')) {
    button.setAttribute('aria-pressed', String(button.dataset['lang'] === language));
  }
  try {
    localStorage.setItem('bekasi-demo-lang', language);
  } catch {
    // Storage can be blocked; the switch still works for this visit.
  }
}

for (const button of document.querySelectorAll<HTMLButtonElement>('.lang-switch')) {
  button.addEventListener('click', () => setLanguage(button.dataset['lang'] === 'en' ? 'en' : 'id'));
}
const saved = (() => {
  try {
    return localStorage.getItem('bekasi-demo-lang');
  } catch {
    return null;
  }
})();
setLanguage(saved === 'en' ? 'en' : 'id');
