import Foundation

/// A hash table from short byte strings, such as the cells of a few columns, to small integers,
/// probed without building a `String` or an `Array` for each lookup.
///
/// Each key belongs to a numbered column, so one table serves every column of a scan. The
/// keys' bytes are copied into one buffer, so a table of a few hundred distinct cells stays a
/// few kilobytes however many lookups it serves.
struct ByteValueTable: Sendable {
  private var keyBytes: [UInt8] = []
  /// Per entry, in insertion order: its key's offset in `keyBytes`, length, column, hash and
  /// value.
  private var offsets: [Int] = []
  private var lengths: [Int] = []
  private var columns: [Int] = []
  private var hashes: [UInt64] = []
  private var values: [Int] = []
  /// Entry indices plus one; zero marks an empty slot.
  private var slots = [Int](repeating: 0, count: 64)

  /// Returns the value stored for `length` bytes at `start` in `column`, or `nil`.
  func value(_ start: UnsafePointer<UInt8>, length: Int, column: Int, hash: UInt64) -> Int? {
    slots.withUnsafeBufferPointer { slots in
      keyBytes.withUnsafeBufferPointer { stored in
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
          let entry = slots[slot] &- 1
          if entry < 0 { return nil }
          if hashes[entry] == hash && lengths[entry] == length && columns[entry] == column
            && (length == 0 || memcmp(stored.baseAddress! + offsets[entry], start, length) == 0)
          {
            return values[entry]
          }
          slot = (slot &+ 1) & mask
        }
      }
    }
  }

  /// Stores `value` for `length` bytes at `start` in `column`, which must not be in the table.
  mutating func insert(
    _ start: UnsafePointer<UInt8>,
    length: Int,
    column: Int,
    hash: UInt64,
    value: Int
  ) {
    if (values.count + 1) * 2 > slots.count { grow() }
    offsets.append(keyBytes.count)
    lengths.append(length)
    columns.append(column)
    hashes.append(hash)
    values.append(value)
    keyBytes.append(contentsOf: UnsafeBufferPointer(start: start, count: length))
    place(values.count - 1)
  }

  /// Returns a multiplicative hash of the column and the bytes, mixing eight bytes at a time.
  static func hash(_ start: UnsafePointer<UInt8>, length: Int, column: Int) -> UInt64 {
    var hash = 0x9E37_79B9_7F4A_7C15 ^ UInt64(truncatingIfNeeded: column &* 31 &+ length)
    var index = 0
    let raw = UnsafeRawPointer(start)
    while index &+ 8 <= length {
      let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
      hash = (hash ^ word) &* 0xFF51_AFD7_ED55_8CCD
      hash ^= hash >> 32
      index &+= 8
    }
    var tail: UInt64 = 0
    var shift: UInt64 = 0
    while index < length {
      tail |= UInt64(start[index]) << shift
      shift &+= 8
      index &+= 1
    }
    hash = (hash ^ tail) &* 0xC4CE_B9FE_1A85_EC53
    return hash ^ (hash >> 29)
  }

  private mutating func grow() {
    slots = [Int](repeating: 0, count: slots.count * 2)
    for index in values.indices { place(index) }
  }

  private mutating func place(_ index: Int) {
    let mask = slots.count - 1
    var slot = Int(truncatingIfNeeded: hashes[index]) & mask
    while slots[slot] != 0 { slot = (slot + 1) & mask }
    slots[slot] = index + 1
  }
}

/// A hash table from 64-bit keys, such as ids packed together, to consecutive indices.
///
/// It replaces a `Dictionary` in the byte loop, whose hashing of each key costs more than the
/// rest of a lookup.
struct PackedKeyTable: Sendable {
  /// The keys in insertion order; a key's index is its position.
  private(set) var keys: [UInt64] = []
  /// Indices plus one; zero marks an empty slot.
  private var slots = [Int](repeating: 0, count: 64)

  /// Returns the index of `key`, adding it when it is new.
  mutating func index(of key: UInt64) -> Int {
    var slot = Self.slot(key, slots.count)
    while true {
      let stored = slots[slot]
      if stored == 0 { break }
      if keys[stored &- 1] == key { return stored &- 1 }
      slot = (slot &+ 1) & (slots.count &- 1)
    }
    keys.append(key)
    slots[slot] = keys.count
    if keys.count * 2 > slots.count { grow() }
    return keys.count - 1
  }

  private static func slot(_ key: UInt64, _ count: Int) -> Int {
    let mixed = (key ^ key >> 31) &* 0x9E37_79B9_7F4A_7C15
    return Int(truncatingIfNeeded: mixed >> 32) & (count - 1)
  }

  private mutating func grow() {
    slots = [Int](repeating: 0, count: slots.count * 2)
    for (index, key) in keys.enumerated() {
      var slot = Self.slot(key, slots.count)
      while slots[slot] != 0 { slot = (slot + 1) & (slots.count - 1) }
      slots[slot] = index + 1
    }
  }
}
