import { describe, expect, it } from "vitest";
import { NIK_MESSAGES } from "../rules/idMessages.ts";
import { describeRowProblem, FILE_MESSAGES, FILE_PROBLEM_SEVERITY, fileProblem, fillMessage, ROW_MESSAGES, rowMessage } from "./messages.ts";

describe("import messages", () => {
  it("has a message and a severity for every file problem", () => {
    expect(Object.keys(FILE_PROBLEM_SEVERITY).sort()).toEqual(Object.keys(FILE_MESSAGES).sort());
    for (const text of [...Object.values(FILE_MESSAGES), ...Object.values(ROW_MESSAGES)]) expect(text.length).toBeGreaterThan(20);
  });

  it("fills placeholders and leaves an unfilled one visible", () => {
    expect(fillMessage("Baris {baris}: {nilai}", { baris: 3, nilai: "x" })).toBe("Baris 3: x");
    expect(fillMessage("Baris {baris}", {})).toBe("Baris {baris}");
  });

  it("explains NIK and No. KK structure as the roster does", () => {
    expect(rowMessage("nik:bulan_tidak_valid", {})).toBe(NIK_MESSAGES.bulan_tidak_valid);
    expect(rowMessage("no_kk:panjang_bukan_16", {})).toContain("Nomor KK harus 16 angka");
  });

  it("refuses an old .xls with how to save it", () => {
    expect(fileProblem("xls_lama")).toMatchObject({ severity: "error", message: expect.stringContaining("simpan sebagai XLSX atau CSV") });
  });

  it("says where a problem is as a pokja member reads it", () => {
    expect(describeRowProblem({ row: 17, columnLetter: "E", header: "NIK Istri", message: "NIK harus 16 angka." })).toBe("Baris 17, kolom E (NIK Istri): NIK harus 16 angka.");
    expect(describeRowProblem({ row: 9, columnLetter: "", header: "", message: "Nama kosong." })).toBe("Baris 9: Nama kosong.");
  });
});
