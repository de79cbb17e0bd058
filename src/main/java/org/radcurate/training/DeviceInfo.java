package org.radcurate.training;

import ai.djl.util.cuda.CudaUtils;
import java.util.Locale;

/**
 * Where the student trains and why: the first GPU when DJL's PyTorch engine sees one, else the CPU
 * with the reason (no CUDA runtime, CPU-only natives, engine failure, or forced by the
 * {@code radcurate.training.device=cpu} system property).
 */
public record DeviceInfo(String device, String reason) {

    public boolean isGpu() {
        return device.startsWith("gpu");
    }

    public static DeviceInfo detect() {
        if ("cpu".equals(System.getProperty(DjlRuntime.DEVICE_PROPERTY, "").toLowerCase(Locale.ROOT))) {
            return new DeviceInfo("cpu", "CPU requested by " + DjlRuntime.DEVICE_PROPERTY + "=cpu");
        }
        int engineGpus;
        String engineVersion;
        try {
            engineGpus = DjlRuntime.engine().getGpuCount();
            engineVersion = DjlRuntime.engine().getVersion();
        } catch (RuntimeException | UnsatisfiedLinkError e) {
            return new DeviceInfo("cpu", "PyTorch engine failed to load on the GPU path: " + e.getMessage());
        }
        if (engineGpus > 0) {
            String cuda = CudaUtils.hasCuda() ? "CUDA " + CudaUtils.getCudaVersionString() : "CUDA";
            String cc = CudaUtils.hasCuda() ? ", compute capability " + CudaUtils.getComputeCapability(0) : "";
            return new DeviceInfo("gpu(0)", "CUDA device found: " + engineGpus + " GPU(s), " + cuda + cc
                    + ", PyTorch " + engineVersion);
        }
        if (!CudaUtils.hasCuda()) {
            return new DeviceInfo("cpu", "no CUDA runtime found (libcudart is not loadable), PyTorch "
                    + engineVersion + " on CPU");
        }
        if (CudaUtils.getGpuCount() == 0) {
            return new DeviceInfo("cpu", "CUDA runtime " + CudaUtils.getCudaVersionString()
                    + " found but it reports no GPU");
        }
        return new DeviceInfo("cpu", "CUDA runtime " + CudaUtils.getCudaVersionString() + " and "
                + CudaUtils.getGpuCount() + " GPU(s) found, but the PyTorch natives on the class path are"
                + " CPU-only or older than the runtime (build with -Pgpu)");
    }
}
