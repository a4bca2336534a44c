import Foundation
import ZIPFoundation

/// Packs parts into a ZIP in memory with ZIPFoundation: entries in the order given, every one
/// dated 1980-01-01 00:00:00 (the first moment a ZIP can hold; ZIPFoundation converts with
/// `gmtime`, so the time zone does not matter) with permissions 0644, deflated. Identical parts
/// give identical bytes.
enum DocxContainer {
    static let fixedDate = Date(timeIntervalSince1970: 315_532_800)

    static func zip(_ parts: [DocxPart]) throws(DocxError) -> Data {
        do {
            let archive = try Archive(accessMode: .create)
            for part in parts {
                let bytes = Data(part.content.utf8)
                try archive.addEntry(
                    with: part.path,
                    type: .file,
                    uncompressedSize: Int64(bytes.count),
                    modificationDate: fixedDate,
                    permissions: 0o644,
                    compressionMethod: .deflate,
                    // The whole part in one piece: fewer calls and copies, and the same bytes, as deflate's
                    // output does not depend on how its input is cut up.
                    bufferSize: max(bytes.count, defaultWriteChunkSize),
                    provider: { position, size in
                        bytes.subdata(in: Int(position)..<Int(position) + size)
                    }
                )
            }
            guard let data = archive.data else {
                throw DocxError.container("the in-memory archive held no data")
            }
            return data
        } catch let error as DocxError {
            throw error
        } catch {
            throw DocxError.container(String(describing: error))
        }
    }
}
