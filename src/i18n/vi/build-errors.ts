/**
 * Errors that stop the build when content the validator passed still cannot be laid out. Staff
 * and developers read them in the build output, no visitor does, so they stay out of the page
 * dictionary (`vi.ts`, which the CMS bundle carries).
 */
export default {
  noPlan: 'Thiếu Kế hoạch: thư mục documents/ không có văn bản nào.',
  statsToday: (today: string) => `Thống kê: ngày hôm nay "${today}" phải có dạng YYYY-MM-DD.`,
  statsUnknownUnit: (where: string, id: string) => `Thống kê: ${where} ghi đơn vị "${id}" nhưng không có units/${id}.yml.`,
} as const;
