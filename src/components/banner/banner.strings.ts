/** `<bekasi-banner>`'s own strings; placeholders in `{braces}`. */
export interface BannerStrings {
  /** Accessible name of the banner region; `{city}`. */
  label: string;
  /** Used when the data gives the logo no alt text; `{city}`. */
  logoAlt: string;
  strategy: string;
  vision: string;
  dimensions: string;
  latestScore: string;
  /** `{score}`, `{max}` */
  scoreOf: string;
  /** `{year}` */
  scoreYear: string;
}

export const bannerStrings: { id: BannerStrings; en: BannerStrings } = {
  id: {
    label: '{city}: kota cerdas',
    logoAlt: 'Logo {city}',
    strategy: 'Strategi',
    vision: 'Visi',
    dimensions: 'Dimensi kota cerdas',
    latestScore: 'Indeks kota cerdas',
    scoreOf: '{score} dari {max}',
    scoreYear: 'Evaluasi {year}',
  },
  en: {
    label: '{city}: smart city',
    logoAlt: 'Logo of {city}',
    strategy: 'Strategy',
    vision: 'Vision',
    dimensions: 'Smart city dimensions',
    latestScore: 'Smart city index',
    scoreOf: '{score} of {max}',
    scoreYear: 'Evaluation {year}',
  },
};
