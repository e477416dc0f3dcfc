"""Page orientation and skew from projection profiles, and the mapping of boxes found on the
straightened image back onto the page as it was stored."""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from PIL import Image

from requestdesk.document import Box

ANALYSIS_WIDTH = 600  # pixels; profiles need only the shape of the text lines
MAX_SKEW = 5.0  # degrees searched either way
MIN_SKEW = 1.0  # smaller angles are left alone: Tesseract copes, and resampling costs time


def _ink(image: Image.Image) -> np.ndarray:
    """A small boolean ink mask of the page."""
    grey = image if image.mode == "L" else image.convert("L")
    factor = max(grey.width, grey.height) // ANALYSIS_WIDTH
    if factor > 1:
        grey = grey.reduce(factor)  # integer box reduction: the cheapest way down
    a = np.asarray(grey, dtype=np.uint8)
    return a < min(160, int(a.mean()) - 30)


def _sharpness(index: np.ndarray) -> float:
    """How strongly the profile along ``index`` alternates between ink and gaps."""
    if index.size == 0:
        return 0.0
    profile = np.bincount(index - index.min()).astype(np.float64)
    return float(np.square(np.diff(profile)).sum() / index.size)


def _best_angle(along: np.ndarray, across: np.ndarray) -> tuple[float, float]:
    """Angle (degrees) of the sheared projection with the sharpest profile, and its score.

    Shearing the ink coordinates approximates rotating the image for angles this small and
    costs a ``bincount`` per angle instead of a resampled image.
    """

    def score(angle: float) -> float:
        shifted = along + across * math.tan(math.radians(angle))
        return _sharpness(np.rint(shifted).astype(np.int64))

    coarse = np.arange(-MAX_SKEW, MAX_SKEW + 0.01, 0.5)
    best = max(coarse, key=score)
    fine = np.arange(best - 0.4, best + 0.41, 0.1)
    best = max(fine, key=score)
    return float(best), score(best)


@dataclass(frozen=True, slots=True)
class Layout:
    sideways: bool  # text lines run top to bottom: the page is turned by 90 or 270 degrees
    skew_ccw: float  # rotate the image counter-clockwise by this much to level the lines
    blank: bool = False  # (almost) no ink at all: nothing to read


def analyse(image: Image.Image) -> Layout:
    mask = _ink(image)
    ys, xs = np.nonzero(mask)
    if ys.size < 50:
        return Layout(False, 0.0, blank=True)
    row_angle, row_score = _best_angle(ys.astype(np.float64), xs.astype(np.float64))
    _, col_score = _best_angle(xs.astype(np.float64), ys.astype(np.float64))
    if col_score > 1.3 * row_score:
        return Layout(True, 0.0)
    # Lines rising to the right (y falls as x grows) level out at a positive shear angle,
    # which is a clockwise correction.
    skew = -round(row_angle, 2)
    return Layout(False, skew if abs(skew) >= MIN_SKEW else 0.0)


def turn(image: Image.Image, degrees_cw: int) -> Image.Image:
    ops = {
        90: Image.Transpose.ROTATE_270,  # PIL's names count counter-clockwise
        180: Image.Transpose.ROTATE_180,
        270: Image.Transpose.ROTATE_90,
    }
    return image.transpose(ops[degrees_cw]) if degrees_cw % 360 else image


def straighten(image: Image.Image, degrees_ccw: float) -> Image.Image:
    if not degrees_ccw:
        return image
    fill = 255 if image.mode in ("L", "1") else (255, 255, 255)
    return image.rotate(degrees_ccw, resample=Image.Resampling.BILINEAR, fillcolor=fill)


@dataclass
class Frame:
    """How a page image was turned and straightened; maps boxes back to the stored page."""

    width: float  # the stored page image
    height: float
    turned_cw: int = 0
    skew_ccw: float = 0.0

    def to_page(self, box: Box, scale: float = 1.0, scale_y: float | None = None) -> Box:
        """A box on the processed image as a box on the stored page, in page units."""
        scale_y = scale if scale_y is None else scale_y
        corners = [(box.x0, box.y0), (box.x1, box.y0), (box.x0, box.y1), (box.x1, box.y1)]
        points = [self._point_back(x, y) for x, y in corners]
        xs = [min(max(p[0], 0.0), self.width) * scale for p in points]
        ys = [min(max(p[1], 0.0), self.height) * scale_y for p in points]
        return Box(min(xs), min(ys), max(xs), max(ys))

    def _point_back(self, x: float, y: float) -> tuple[float, float]:
        w, h = self.width, self.height
        tw, th = (h, w) if self.turned_cw in (90, 270) else (w, h)
        if self.skew_ccw:
            # PIL rotates about the centre; undo that rotation (y grows downwards).
            t = math.radians(self.skew_ccw)
            cx, cy = tw / 2, th / 2
            dx, dy = x - cx, y - cy
            x = cx + math.cos(t) * dx - math.sin(t) * dy
            y = cy + math.sin(t) * dx + math.cos(t) * dy
        if self.turned_cw == 90:
            return y, h - x
        if self.turned_cw == 180:
            return w - x, h - y
        if self.turned_cw == 270:
            return w - y, x
        return x, y
