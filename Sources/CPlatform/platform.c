#define _GNU_SOURCE
#include "CPlatform.h"
#include <errno.h>
#include <pthread.h>
#include <sched.h>
#include <stdlib.h>
#include <fcntl.h>
#include <stdio.h>
#if defined(__GLIBC__)
#include <malloc.h>
#endif
#if defined(__linux__)
#include <sys/vfs.h>
#endif

int csa_rename_exchange(const char *a, const char *b) {
#if defined(__linux__) && defined(RENAME_EXCHANGE)
    return renameat2(AT_FDCWD, a, AT_FDCWD, b, RENAME_EXCHANGE);
#elif defined(__APPLE__)
    return renamex_np(a, b, RENAME_SWAP);
#else
    errno = ENOSYS;
    return -1;
#endif
}

int csa_malloc_large_steps(int top_pad, int trim_threshold) {
#if defined(__GLIBC__)
    return mallopt(M_TOP_PAD, top_pad) == 1 && mallopt(M_TRIM_THRESHOLD, trim_threshold) == 1;
#else
    (void)top_pad;
    (void)trim_threshold;
    return 0;
#endif
}

struct csa_beside {
    void (*body)(void *);
    void *context;
#if defined(__linux__)
    cpu_set_t allowed;
    int placed;
#endif
};

static void *csa_beside_start(void *argument) {
    struct csa_beside start = *(struct csa_beside *)argument;
    free(argument);
#if defined(__linux__)
    // Started on the other CPU: from here on, any CPU the process may use.
    if (start.placed) sched_setaffinity(0, sizeof start.allowed, &start.allowed);
#endif
    start.body(start.context);
    return NULL;
}

int csa_start_thread_beside(void (*body)(void *), void *context) {
    struct csa_beside *start = malloc(sizeof *start);
    if (start == NULL) return ENOMEM;
    start->body = body;
    start->context = context;
    pthread_attr_t attributes;
    int failed = pthread_attr_init(&attributes);
    if (failed) { free(start); return failed; }
    pthread_attr_setdetachstate(&attributes, PTHREAD_CREATE_DETACHED);
#if defined(__linux__)
    start->placed = 0;
    int here = sched_getcpu();
    if (here >= 0 && sched_getaffinity(0, sizeof start->allowed, &start->allowed) == 0) {
        for (int cpu = 0; cpu < CPU_SETSIZE; cpu++) {
            if (cpu != here && CPU_ISSET(cpu, &start->allowed)) {
                cpu_set_t other;
                CPU_ZERO(&other);
                CPU_SET(cpu, &other);
                start->placed = pthread_attr_setaffinity_np(&attributes, sizeof other, &other) == 0;
                break;
            }
        }
    }
#endif
    pthread_t thread;
    failed = pthread_create(&thread, &attributes, csa_beside_start, start);
    pthread_attr_destroy(&attributes);
    if (failed) free(start);
    return failed;
}

int csa_thread_cpus(void) {
#if defined(__linux__)
    cpu_set_t allowed;
    if (sched_getaffinity(0, sizeof allowed, &allowed) == 0 && CPU_COUNT(&allowed) > 0) return CPU_COUNT(&allowed);
#endif
    return 1;
}

unsigned long csa_file_system_type(const char *path) {
#if defined(__linux__)
    struct statfs info;
    return statfs(path, &info) == 0 ? (unsigned long)info.f_type : 0;
#else
    (void)path;
    return 0;
#endif
}
