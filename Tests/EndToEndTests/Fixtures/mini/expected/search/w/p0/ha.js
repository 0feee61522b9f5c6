plansiteSearchLoaded("w/p0/ha",{
"hai":[0,13,0,15],
"han":[0,14,0,-22,0,-23,0,-26,0,-27],
"hanh":[0,-12,0,-16]
});
