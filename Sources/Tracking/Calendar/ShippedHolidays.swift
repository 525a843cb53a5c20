/// Public holidays and swapped working days of civil servants (Monday–Friday workers) for the
/// years theodoi ships with. Lines marked "cần kiểm tra" could not be confirmed from a source;
/// a user corrects or extends the schedule with a file of the same format (see the README).
let shippedHolidayText = """
# 2024 — lịch nghỉ của cán bộ, công chức
nghỉ 2024-01-01               Tết Dương lịch
nghỉ 2024-02-08..2024-02-14   Tết Nguyên đán Giáp Thìn
nghỉ 2024-04-18               Giỗ Tổ Hùng Vương
nghỉ 2024-04-27..2024-05-01   Ngày Chiến thắng và Quốc tế Lao động
làm  2024-05-04               Làm bù cho ngày 29/04/2024
nghỉ 2024-08-31..2024-09-03   Quốc khánh

# 2025 — Tết theo công văn 8726/VPCP-KGVX ngày 26/11/2024
nghỉ 2025-01-01               Tết Dương lịch
nghỉ 2025-01-25..2025-02-02   Tết Nguyên đán Ất Tỵ
nghỉ 2025-04-07               Giỗ Tổ Hùng Vương
nghỉ 2025-04-30..2025-05-04   Ngày Chiến thắng và Quốc tế Lao động
làm  2025-04-26               Làm bù cho ngày 02/05/2025
nghỉ 2025-08-30..2025-09-02   Quốc khánh

# 2026 — các mục "cần kiểm tra" chưa đối chiếu được với văn bản chính thức
nghỉ 2026-01-01..2026-01-04   Tết Dương lịch (cần kiểm tra ngày làm bù)
nghỉ 2026-02-14..2026-02-22   Tết Nguyên đán Bính Ngọ
nghỉ 2026-04-25..2026-04-27   Giỗ Tổ Hùng Vương (nghỉ bù ngày 27/04)
nghỉ 2026-04-30..2026-05-03   Ngày Chiến thắng và Quốc tế Lao động
nghỉ 2026-09-01..2026-09-02   Quốc khánh (cần kiểm tra)
"""
