"""Lowering: a validated document becomes the frozen IR (generator.ir), every decision made here."""
