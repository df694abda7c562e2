import SKMCore
import SKMScoring

/// `skm sample-size POPULATION`: prints the Krejcie–Morgan sample size as a bare integer.
enum SampleSizeCommand {
  static func run(_ words: [String], console: Console) throws {
    let arguments = try Arguments(
      words,
      valueOptions: [],
      flagOptions: [],
      allowsPositional: true
    )
    guard arguments.positional.count == 1, let text = arguments.positional.first else {
      throw UsageError.required(
        LocalizedText(
          indonesian: "berikan jumlah populasi, misalnya: skm sample-size 1000.",
          english: "give the population, for example: skm sample-size 1000."
        )
      )
    }
    guard let population = Int(text), let size = SampleSize.krejcieMorgan(population: population)
    else {
      throw UsageError(
        message: LocalizedText(
          indonesian:
            "populasi \"\(text)\" tidak valid; berikan bilangan bulat 1 atau lebih (jumlah penerima layanan dalam periode survei).",
          english:
            "invalid population \"\(text)\"; give a whole number, 1 or more (service recipients in the survey period)."
        )
      )
    }
    console.result("\(size)\n")
  }
}
