package io.parley.model.files.internal;

import java.nio.file.Files;
import java.nio.file.Path;

/** Run in its own JVM by {@link StagedBatchTest}: stages new versions of files in a folder and commits them, saying when the commit starts to change the disk; it waits to be killed. */
public final class StagedBatchChild {

	private StagedBatchChild() {
	}

	public static void main(String[] args) throws Exception {
		Path folder = Path.of(args[0]);
		int files = Integer.parseInt(args[1]);
		StagedBatch batch = StagedBatch.begin(folder, ".parley-run-");
		for (int i = 0; i < files; i++) {
			Path staged = batch.staged(folder.resolve(StagedBatchTest.name(i)));
			Files.createDirectories(staged.getParent());
			Files.writeString(staged, "new");
		}
		boolean[] told = { false };
		batch.beforeEachStep = () -> {
			if (!told[0]) {
				told[0] = true;
				System.out.println("committing");
				System.out.flush();
			}
		};
		batch.commit();
		System.out.println("committed");
		System.out.flush();
		Thread.sleep(60_000);
	}
}
