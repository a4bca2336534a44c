import CPlatform

/// The file systems the kernel makes of itself (`/proc`, `/sys` and their kin), which hold no files of
/// the user's: writing output there is refused, with the real reason, before anything is tried.
enum KernelFileSystem {
    /// The name of the kernel file system `folder` is on ("proc", "sysfs"), or nil for any other.
    static func named(at folder: String) -> String? {
        switch UInt32(truncatingIfNeeded: csa_file_system_type(folder)) {
        case 0x9FA0: return "proc"
        case 0x6265_6572: return "sysfs"
        case 0x6462_6720: return "debugfs"
        case 0x7472_6163: return "tracefs"
        case 0x7363_6673: return "securityfs"
        case 0x0027_E0EB: return "cgroup"
        case 0x6367_7270: return "cgroup2"
        case 0x6265_6570: return "configfs"
        case 0x6165_676C: return "pstore"
        case 0xCAFE_4A11: return "bpf"
        case 0xDE5E_81E4: return "efivarfs"
        default: return nil
        }
    }
}
