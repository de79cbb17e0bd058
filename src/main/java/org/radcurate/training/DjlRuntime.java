package org.radcurate.training;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.pytorch.jni.JniUtils;

/**
 * The one place that touches DJL's engine. Loading this class switches DJL to offline mode before
 * any engine exists: the PyTorch natives come from the pytorch-native jar on the class path
 * (extracted to ~/.djl.ai or DJL_CACHE_DIR), never from the network.
 */
final class DjlRuntime {
    static final String ENGINE = "PyTorch";
    /** Set to "cpu" to keep training off the GPU even when one is found. */
    static final String DEVICE_PROPERTY = "radcurate.training.device";

    static {
        if (System.getProperty("ai.djl.offline") == null) {
            System.setProperty("ai.djl.offline", "true");
        }
    }

    private DjlRuntime() {}

    static Engine engine() {
        return Engine.getEngine(ENGINE);
    }

    static Device device(DeviceInfo info) {
        return info.isGpu() ? Device.gpu(0) : Device.cpu();
    }

    /**
     * PyTorch's grad mode is per thread and on by default; DJL switches it off only on the thread
     * that loaded the engine. Training and prediction may run on any worker thread, so each entry
     * point calls this first: in-place weight updates need it off, and inference builds no graph.
     */
    static void gradientsOff() {
        engine();
        JniUtils.setGradMode(false);
    }

    /** Seeds PyTorch's generator (initial weights, dropout) and keeps runs repeatable. */
    static void seed(long seed) {
        engine().setRandomSeed((int) (seed ^ (seed >>> 32)));
    }
}
