#ifndef CSA_CPLATFORM_H
#define CSA_CPLATFORM_H

/// Two system calls that Swift's C library module does not offer, wrapped so that they work in the
/// static executable too (where looking them up by name with dlsym finds nothing).

/// Swaps the files or folders at paths `a` and `b` in one step (Linux renameat2 with RENAME_EXCHANGE,
/// macOS renamex_np with RENAME_SWAP). Returns 0, or -1 with errno set: ENOSYS where the system has no
/// such call, EINVAL or ENOTSUP where the file system cannot swap.
int csa_rename_exchange(const char *a, const char *b);

/// Asks the C library's allocator to grow the heap in steps of `top_pad` bytes and to give memory back
/// only above `trim_threshold` (glibc's M_TOP_PAD and M_TRIM_THRESHOLD). Returns 1 when set, 0 where the
/// C library has no such settings.
int csa_malloc_large_steps(int top_pad, int trim_threshold);

#endif
