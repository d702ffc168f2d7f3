import type { Framework } from './schema.js';

/**
 * The built-in framework: Kominfo's Gerakan Menuju Smart City, six dimensions of three elements
 * on a 0–4 scale. Used when a document has no `framework`. Officials often say "Smart
 * Government" where Kominfo says "Smart Governance", hence the alias.
 */
export const DEFAULT_FRAMEWORK: Framework = {
  id: 'gmsc',
  name: { id: 'Gerakan Menuju Smart City', en: 'Towards Smart City Movement' },
  scale: { min: 0, max: 4 },
  dimensions: [
    {
      id: 'governance',
      name: { id: 'Tata Kelola Pemerintahan Cerdas', en: 'Smart Governance' },
      aliases: ['government'],
      color: '#1f5f99',
      elements: [
        { id: 'public-service', name: { id: 'Pelayanan publik', en: 'Public service' } },
        { id: 'bureaucracy', name: { id: 'Tata kelola birokrasi', en: 'Bureaucracy management' } },
        { id: 'public-policy', name: { id: 'Kebijakan publik', en: 'Public policy' } },
      ],
    },
    {
      id: 'branding',
      name: { id: 'Pemasaran Daerah', en: 'Smart Branding' },
      color: '#a4346b',
      elements: [
        { id: 'tourism', name: { id: 'Ekosistem pariwisata', en: 'Tourism branding' } },
        { id: 'business', name: { id: 'Ekosistem bisnis', en: 'Business branding' } },
        { id: 'city-appearance', name: { id: 'Wajah kota', en: 'City appearance' } },
      ],
    },
    {
      id: 'economy',
      name: { id: 'Ekonomi Cerdas', en: 'Smart Economy' },
      color: '#9a5b00',
      elements: [
        { id: 'industry', name: { id: 'Ekosistem industri', en: 'Industry' } },
        { id: 'welfare', name: { id: 'Kesejahteraan masyarakat', en: 'Welfare' } },
        {
          id: 'financial-transactions',
          name: { id: 'Ekosistem transaksi keuangan', en: 'Financial transactions' },
        },
      ],
    },
    {
      id: 'living',
      name: { id: 'Kehidupan Cerdas', en: 'Smart Living' },
      color: '#b3261e',
      elements: [
        { id: 'spatial-planning', name: { id: 'Tata ruang selaras', en: 'Harmonious spatial planning' } },
        { id: 'health', name: { id: 'Prasarana kesehatan', en: 'Health' } },
        { id: 'mobility', name: { id: 'Sarana transportasi', en: 'Mobility' } },
      ],
    },
    {
      id: 'society',
      name: { id: 'Masyarakat Cerdas', en: 'Smart Society' },
      color: '#5b3fa0',
      elements: [
        { id: 'community', name: { id: 'Interaksi masyarakat', en: 'Community' } },
        { id: 'learning', name: { id: 'Ekosistem belajar', en: 'Learning' } },
        { id: 'security', name: { id: 'Keamanan masyarakat', en: 'Security' } },
      ],
    },
    {
      id: 'environment',
      name: { id: 'Lingkungan Cerdas', en: 'Smart Environment' },
      color: '#2e7d32',
      elements: [
        {
          id: 'environment-protection',
          name: { id: 'Proteksi lingkungan', en: 'Environmental protection' },
        },
        { id: 'waste', name: { id: 'Tata kelola sampah & limbah', en: 'Waste management' } },
        { id: 'energy', name: { id: 'Tata kelola energi', en: 'Energy management' } },
      ],
    },
  ],
};

/** The scale used when a framework gives none: Kominfo's 0–4. */
export const DEFAULT_SCALE = { min: 0, max: 4 } as const;
