import Foundation
import SKMCore

extension SKMError.Code {
  /// A file cannot be opened or read; the error's `underlying` is the system error.
  public static let fileUnreadable = SKMError.Code(rawValue: "file.unreadable")

  /// A CSV record contains bytes that are not valid UTF-8, or the file is encoded as UTF-16.
  public static let csvInvalidUTF8 = SKMError.Code(rawValue: "csv.invalid-utf8")

  /// A CSV input contains a NUL byte, so it is most likely a binary file such as a workbook.
  public static let csvBinaryContent = SKMError.Code(rawValue: "csv.binary-content")

  /// A quoted CSV field is still open at the end of the input.
  public static let csvUnterminatedQuote = SKMError.Code(rawValue: "csv.unterminated-quote")

  /// A CSV field is larger than ``CSVLimits/maxFieldBytes``.
  public static let csvFieldTooLarge = SKMError.Code(rawValue: "csv.field-too-large")

  /// A CSV record has more fields than ``CSVLimits/maxFieldsPerRecord``.
  public static let csvTooManyFields = SKMError.Code(rawValue: "csv.too-many-fields")

  /// A CSV record is larger than ``CSVLimits/maxRecordBytes``.
  public static let csvRecordTooLarge = SKMError.Code(rawValue: "csv.record-too-large")

  /// The delimiter given to ``CSVReader`` is a double quote, a line break, NUL or a non-ASCII
  /// byte, which cannot separate fields.
  public static let csvInvalidDelimiter = SKMError.Code(rawValue: "csv.invalid-delimiter")
}

// The messages below are read by survey operators, so they name the fix in spreadsheet terms.
extension SKMError {
  static func fileUnreadable(file: String, underlying: any Error) -> SKMError {
    SKMError(
      code: .fileUnreadable,
      message: LocalizedText(
        indonesian:
          "Berkas tidak dapat dibaca. Periksa apakah berkas tersebut ada dan Anda memiliki izin"
          + " untuk membacanya.",
        english:
          "The file cannot be read. Check that it exists and that you have permission to read it."
      ),
      location: SourceLocation(file: file),
      underlying: underlying
    )
  }

  static func csvInvalidUTF8(file: String, line: Int, fieldNumber: Int?, value: String?)
    -> SKMError
  {
    let indonesianSubject = fieldNumber.map { "Kolom ke-\($0)" } ?? "Baris data ini"
    let englishSubject = fieldNumber.map { "Field \($0)" } ?? "This record"
    return SKMError(
      code: .csvInvalidUTF8,
      message: LocalizedText(
        indonesian:
          "\(indonesianSubject) berisi teks yang bukan UTF-8 yang valid. Berkas mungkin disimpan"
          + " dengan pengodean lain, misalnya Windows-1252. Simpan ulang berkas sebagai"
          + " \"CSV UTF-8\" dari aplikasi lembar kerja, lalu impor kembali.",
        english:
          "\(englishSubject) contains text that is not valid UTF-8. The file may have been saved"
          + " in another encoding, such as Windows-1252. Save it again as \"CSV UTF-8\" from the"
          + " spreadsheet program and import it again."
      ),
      location: SourceLocation(file: file, line: line),
      value: value
    )
  }

  static func csvUTF16(file: String) -> SKMError {
    SKMError(
      code: .csvInvalidUTF8,
      message: LocalizedText(
        indonesian:
          "Berkas ini disimpan dengan pengodean UTF-16, bukan UTF-8. Simpan ulang berkas sebagai"
          + " \"CSV UTF-8\" dari aplikasi lembar kerja, lalu impor kembali.",
        english:
          "The file is encoded as UTF-16, not UTF-8. Save it again as \"CSV UTF-8\" from the"
          + " spreadsheet program and import it again."
      ),
      location: SourceLocation(file: file, line: 1)
    )
  }

  static func csvBinaryContent(file: String, line: Int) -> SKMError {
    SKMError(
      code: .csvBinaryContent,
      message: LocalizedText(
        indonesian:
          "Berkas ini tampaknya berkas biner, bukan CSV, karena berisi byte NUL. Jika ini buku"
          + " kerja Excel (.xlsx), buka di Excel lalu simpan sebagai \"CSV UTF-8\".",
        english:
          "The file looks binary, not CSV, because it contains a NUL byte. If it is an Excel"
          + " workbook (.xlsx), open it in Excel and save it as \"CSV UTF-8\"."
      ),
      location: SourceLocation(file: file, line: line)
    )
  }

  static func csvUnterminatedQuote(file: String, line: Int) -> SKMError {
    SKMError(
      code: .csvUnterminatedQuote,
      message: LocalizedText(
        indonesian:
          "Tanda kutip pada baris data ini tidak ditutup hingga akhir berkas. Periksa apakah ada"
          + " tanda kutip ganda (\") yang hilang pada baris ini.",
        english:
          "A quoted field in this record is not closed before the end of the file. Check the"
          + " record for a missing double quote (\")."
      ),
      location: SourceLocation(file: file, line: line)
    )
  }

  static func csvFieldTooLarge(file: String, line: Int, fieldNumber: Int, limit: Int)
    -> SKMError
  {
    SKMError(
      code: .csvFieldTooLarge,
      message: LocalizedText(
        indonesian:
          "Kolom ke-\(fieldNumber) berukuran lebih dari batas"
          + " \(byteCount(limit, in: .indonesian)). Periksa apakah ada tanda kutip yang tidak"
          + " ditutup sehingga beberapa baris tergabung ke dalam satu kolom.",
        english:
          "Field \(fieldNumber) is larger than the limit of \(byteCount(limit, in: .english))."
          + " Check for an unclosed quote that joins several lines into one field."
      ),
      location: SourceLocation(file: file, line: line)
    )
  }

  static func csvTooManyFields(file: String, line: Int, limit: Int) -> SKMError {
    SKMError(
      code: .csvTooManyFields,
      message: LocalizedText(
        indonesian:
          "Baris data ini memiliki lebih dari \(limit) kolom. Hapus kolom kosong di sebelah kanan"
          + " tabel pada aplikasi lembar kerja, lalu simpan ulang berkas.",
        english:
          "This record has more than \(limit) fields. Delete the empty columns to the right of"
          + " the table in the spreadsheet program and save the file again."
      ),
      location: SourceLocation(file: file, line: line)
    )
  }

  static func csvRecordTooLarge(file: String, line: Int, limit: Int) -> SKMError {
    SKMError(
      code: .csvRecordTooLarge,
      message: LocalizedText(
        indonesian:
          "Baris data ini berukuran lebih dari batas \(byteCount(limit, in: .indonesian))."
          + " Periksa apakah ada tanda kutip yang tidak ditutup dan apakah berkas ini memang"
          + " berkas CSV.",
        english:
          "This record is larger than the limit of \(byteCount(limit, in: .english)). Check for"
          + " an unclosed quote and check that the file is a CSV file."
      ),
      location: SourceLocation(file: file, line: line)
    )
  }

  static func csvInvalidDelimiter(file: String, delimiter: UInt8) -> SKMError {
    SKMError(
      code: .csvInvalidDelimiter,
      message: LocalizedText(
        indonesian:
          "Pemisah kolom tidak boleh berupa tanda kutip ganda, baris baru, NUL, atau byte"
          + " non-ASCII. Gunakan koma, titik koma, atau tab.",
        english:
          "The delimiter cannot be a double quote, a line break, NUL or a non-ASCII byte. Use a"
          + " comma, semicolon or tab."
      ),
      location: SourceLocation(file: file),
      value: "0x" + String(delimiter, radix: 16, uppercase: true)
    )
  }

  /// Returns a byte count in MiB or KiB when it is a whole number of them, else in bytes.
  private static func byteCount(_ count: Int, in language: Language) -> String {
    if count >= 1 << 20, count % (1 << 20) == 0 { return "\(count >> 20) MiB" }
    if count >= 1 << 10, count % (1 << 10) == 0 { return "\(count >> 10) KiB" }
    return language == .indonesian ? "\(count) byte" : "\(count) bytes"
  }
}
