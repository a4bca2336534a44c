#ifndef CSA_CPLATFORM_H
#define CSA_CPLATFORM_H

/// System calls that Swift's C library module does not offer, wrapped so that they work in the static
/// executable too (where looking them up by name with dlsym finds nothing).

/// Swaps the files or folders at paths `a` and `b` in one step (Linux renameat2 with RENAME_EXCHANGE,
/// macOS renamex_np with RENAME_SWAP). Returns 0, or -1 with errno set: ENOSYS where the system has no
/// such call, EINVAL or ENOTSUP where the file system cannot swap.
int csa_rename_exchange(const char *a, const char *b);

/// Asks the C library's allocator to grow the heap in steps of `top_pad` bytes and to give memory back
/// only above `trim_threshold` (glibc's M_TOP_PAD and M_TRIM_THRESHOLD). Returns 1 when set, 0 where the
/// C library has no such settings.
int csa_malloc_large_steps(int top_pad, int trim_threshold);

/// Starts `body(context)` on a new thread of its own (detached), placed where the process has a CPU other
/// than the one the calling thread is on, so that it runs at once beside the caller rather than queued
/// behind it; once it runs, it may run on any of the process's CPUs again. Where the process has one CPU,
/// or the system cannot place threads, it is simply started. Returns 0, or an error number when no thread
/// could be started.
int csa_start_thread_beside(void (*body)(void *), void *context);

/// The type of the file system `path` is on (Linux statfs's f_type, such as 0x9FA0 for proc), or 0 where
/// the system cannot say.
unsigned long csa_file_system_type(const char *path);

/// How many CPUs the calling thread may run on (at least 1; 1 where the system cannot say).
int csa_thread_cpus(void);

#endif
